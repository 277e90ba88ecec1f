import type { MessageKey } from './i18n/index.js';

export interface NavItem {
  href: string;
  label: MessageKey;
}

/** The work pages a role may open, from the permissions the API reports: what it cannot do is not shown. */
export function staffNav(role: string | null, permissions: readonly string[]): NavItem[] {
  const can = (p: string) => permissions.includes(p);
  const items: NavItem[] = [];
  if (can('cases.read_all')) {
    items.push({ href: role === 'operator' ? '/tong-dai-vien' : '/giam-sat', label: 'nav.inbox' });
  }
  if (can('cases.read_agency')) items.push({ href: '/co-quan-xu-ly', label: 'nav.agencyInbox' });
  if (can('cases.handle')) items.push({ href: '/tong-dai-vien/phan-hoi', label: 'agency.nav.followUp' });
  if (can('digests.read')) items.push({ href: '/giam-sat/cong-van', label: 'nav.digests' });
  if (can('cases.supervise')) items.push({ href: '/giam-sat/gia-han', label: 'agency.nav.extensions' });
  if (can('reports.read')) items.push({ href: '/giam-sat/bao-cao', label: 'nav.reports' });
  if (can('reports.read')) items.push({ href: '/giam-sat/danh-gia', label: 'agency.nav.feedback' });
  if (can('members.manage')) items.push({ href: '/quan-tri', label: 'nav.admin' });
  if (can('settings.manage')) items.push({ href: '/quan-tri/cai-dat', label: 'nav.settings' });
  if (can('settings.manage')) items.push({ href: '/quan-tri/open311', label: 'nav.open311' });
  if (can('faq.manage')) items.push({ href: '/quan-tri/hoi-dap', label: 'nav.faqAdmin' });
  if (can('members.read')) items.push({ href: '/quan-tri/thanh-vien', label: 'nav.members' });
  if (can('audit.read')) items.push({ href: '/quan-tri/nhat-ky', label: 'nav.audit' });
  if (can('tenants.manage')) {
    items.push(
      { href: '/nen-tang', label: 'nav.platform' },
      { href: '/nen-tang/nhat-ky', label: 'nav.audit' },
    );
  }
  if (can('national.read')) items.push({ href: '/tong-hop', label: 'nav.summary' });
  return items;
}
