import { describe, expect, it } from 'vitest';
import { toAgencyView } from './directory.js';

describe('toAgencyView', () => {
  it('keeps active numbers in failover order with tel: links', () => {
    const view = toAgencyView({
      id: 'a1',
      code: 'TTYT',
      name: 'Trung tâm Y tế',
      kind: 'health_centre',
      transferEnabled: true,
      hotlines: [
        { phone: '+84900000101', display: '0900 000 101', position: 1, active: true },
        { phone: '+84900000999', display: '0900 000 999', position: 2, active: false },
        { phone: '+842203000101', display: '0220 3000 101', position: 0, active: true },
      ],
    });
    expect(view.hotlines).toEqual([
      { display: '0220 3000 101', href: 'tel:+842203000101' },
      { display: '0900 000 101', href: 'tel:+84900000101' },
    ]);
  });
});
