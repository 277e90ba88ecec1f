import type { CaseEventView } from '@tongdai/contracts';
import { describe, expect, it } from 'vitest';
import { timelineEntries } from './timeline.js';

const event = (
  id: number,
  at: string,
  type: CaseEventView['type'],
  data: Record<string, unknown> = {},
  internal = false,
): CaseEventView => ({
  id,
  at,
  type,
  actorUserId: 'u1',
  actorName: 'Lê Thị Tổng Đài',
  internal,
  data,
});

describe('timelineEntries', () => {
  it('lists events oldest first, ties by id', () => {
    const entries = timelineEntries([
      event(3, '2026-05-04T02:00:00.000Z', 'note', { text: 'Gọi lại sau' }, true),
      event(
        2,
        '2026-05-04T01:20:00.000Z',
        'transfer_attempt',
        { agencyName: 'Sở Y tế', phone: '0237 3852 111', outcome: 'answered' },
        true,
      ),
      event(
        1,
        '2026-05-04T01:20:00.000Z',
        'transfer_attempt',
        { agencyName: 'Sở Y tế', phone: '0913 680 916', outcome: 'busy' },
        true,
      ),
      event(0, '2026-05-04T01:15:00.000Z', 'received', { code: 'TH-2026-000123' }),
    ]);
    expect(entries.map((e) => e.id)).toEqual([0, 1, 2, 3]);
    expect(entries[0]).toMatchObject({
      at: '04/05/2026 08:15',
      title: 'cases.event.received',
      params: { code: 'TH-2026-000123' },
    });
    expect(entries[1]).toMatchObject({
      title: 'cases.event.transferAttempt',
      params: { agency: 'Sở Y tế', phone: '0913 680 916' },
      outcome: 'busy',
      internal: true,
    });
    expect(entries[3]).toMatchObject({
      title: 'cases.event.note',
      text: 'Gọi lại sau',
      internal: true,
      outcome: null,
    });
  });

  it('shows an escalation with its letter and deadline in Vietnam time', () => {
    const [entry] = timelineEntries([
      event(5, '2026-05-04T02:00:00Z', 'escalated', {
        agencyName: 'Sở Y tế',
        letterNumber: '125/STTTT-1022',
        dueAt: '2026-05-04T10:00:00.000Z',
        note: null,
      }),
    ]);
    expect(entry).toMatchObject({
      title: 'cases.event.escalatedLetter',
      params: { agency: 'Sở Y tế', letter: '125/STTTT-1022', due: '04/05/2026 17:00' },
      text: null,
    });
    const [plain] = timelineEntries([
      event(6, '2026-05-04T02:00:00Z', 'escalated', { agencyName: 'CDC', dueAt: 'x' }),
    ]);
    expect(plain).toMatchObject({ title: 'cases.event.escalated', params: { agency: 'CDC', due: '' } });
  });

  it('names an attached file and its size', () => {
    const [entry] = timelineEntries([
      event(7, '2026-05-04T02:00:00Z', 'attachment_added', {
        fileName: 'Biên bản.pdf',
        sizeBytes: 2.5 * 1024 * 1024,
        kind: 'pdf',
      }),
    ]);
    expect(entry).toMatchObject({
      title: 'attachments.event.added',
      params: { name: 'Biên bản.pdf', size: '2,5 MB' },
    });
  });

  it('writes the file size the reader’s way', () => {
    const added = event(7, '2026-05-04T02:00:00Z', 'attachment_added', {
      fileName: 'Biên bản.pdf',
      sizeBytes: 2.5 * 1024 * 1024,
    });
    expect(timelineEntries([added], (c) => c, 'en')[0]?.params?.size).toBe('2.5 MB');
  });

  it('names a withdrawn file and gives the reason as its text', () => {
    const [entry] = timelineEntries([
      event(8, '2026-05-04T03:00:00Z', 'attachment_withdrawn', {
        attachmentId: 'x',
        fileName: 'CCCD.jpg',
        reason: 'Tải nhầm giấy tờ của người khác',
      }),
    ]);
    expect(entry).toMatchObject({
      title: 'attachments.event.withdrawn',
      params: { name: 'CCCD.jpg' },
      text: 'Tải nhầm giấy tờ của người khác',
    });
  });

  it('names the relay channel, the person assigned and system events', () => {
    const entries = timelineEntries(
      [
        event(1, '2026-05-04T02:00:00Z', 'relayed', { channel: 'zalo' }),
        event(2, '2026-05-04T02:01:00Z', 'assigned', { operatorName: 'An', claimed: true }),
        event(3, '2026-05-04T02:02:00Z', 'assigned', { operatorName: null }),
        {
          ...event(4, '2026-05-04T02:03:00Z', 'sla_at_risk', { dueAt: '2026-05-04T03:00:00Z' }, true),
          actorName: null,
        },
      ],
      (c) => `kênh ${c}`,
    );
    expect(entries.map((e) => [e.title, e.params])).toEqual([
      ['cases.event.relayed', { channel: 'kênh zalo' }],
      ['cases.event.claimed', { name: 'An' }],
      ['cases.event.unassigned', {}],
      ['cases.event.slaAtRisk', { due: '04/05/2026 10:00' }],
    ]);
    expect(entries[3]!.actor).toBeNull();
  });
});
