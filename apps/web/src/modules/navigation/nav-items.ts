import type { Role } from '@tandem/shared-domain';
import { BookIcon, BuildingIcon, CalendarIcon, ClipboardIcon, HomeIcon, ListIcon, MailIcon, TandemIcon, UploadIcon, UserIcon, UserPlusIcon } from '@tandem/web-ui';
import type { ComponentType, SVGProps } from 'react';
import { hasAnyRole } from '../session/roles';

export type NavItemId = 'home' | 'editions' | 'modules' | 'nationalProgrammes' | 'network' | 'myTandem' | 'tandems' | 'account' | 'auditLog' | 'invitePeople' | 'importTutors' | 'outbox' | 'networkApplications' | 'assignments' | 'reviews';

export interface NavItem {
  id: NavItemId;
  path: string;
  labelKey: `nav.${NavItemId}`;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** Who sees the item (and may open the page); absent: every signed-in person. */
  roles?: readonly Role[];
  /** Active only on exactly this path (the start page), not on everything below it. */
  end?: boolean;
}

/** The navigation, in order. The router guards each page with the same `roles`. */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', path: '/', labelKey: 'nav.home', icon: HomeIcon, end: true },
  { id: 'editions', path: '/editions', labelKey: 'nav.editions', icon: CalendarIcon },
  { id: 'modules', path: '/modules', labelKey: 'nav.modules', icon: BookIcon },
  { id: 'nationalProgrammes', path: '/national-programmes', labelKey: 'nav.nationalProgrammes', icon: ClipboardIcon },
  { id: 'network', path: '/organisations', labelKey: 'nav.network', icon: BuildingIcon },
  { id: 'networkApplications', path: '/network/applications', labelKey: 'nav.networkApplications', icon: ClipboardIcon, roles: ['COORDINATOR', 'ADMIN'] },
  { id: 'myTandem', path: '/tandem', labelKey: 'nav.myTandem', icon: TandemIcon, roles: ['TUTOR'] },
  { id: 'assignments', path: '/assignments', labelKey: 'nav.assignments', icon: ClipboardIcon, roles: ['TUTOR'] },
  { id: 'reviews', path: '/reviews', labelKey: 'nav.reviews', icon: ClipboardIcon, roles: ['TRAINER', 'COORDINATOR', 'ADMIN'] },
  { id: 'tandems', path: '/tandems', labelKey: 'nav.tandems', icon: TandemIcon, roles: ['COORDINATOR', 'ADMIN', 'OBSERVER'] },
  { id: 'invitePeople', path: '/people/invite', labelKey: 'nav.invitePeople', icon: UserPlusIcon, roles: ['ADMIN', 'COORDINATOR'] },
  { id: 'importTutors', path: '/imports/tutors', labelKey: 'nav.importTutors', icon: UploadIcon, roles: ['COORDINATOR', 'ADMIN'] },
  { id: 'account', path: '/account', labelKey: 'nav.account', icon: UserIcon },
  { id: 'auditLog', path: '/admin/audit', labelKey: 'nav.auditLog', icon: ListIcon, roles: ['ADMIN'] },
  { id: 'outbox', path: '/admin/outbox', labelKey: 'nav.outbox', icon: MailIcon, roles: ['ADMIN'] },
];

export function navItemsFor(grants: readonly { role: Role }[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(grants, item.roles));
}

export function navItem(id: NavItemId): NavItem {
  const item = NAV_ITEMS.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No navigation item ${id}`);
  return item;
}

export function isNavItemActive(item: NavItem, pathname: string): boolean {
  if (item.end) return pathname === item.path;
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}
