import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isNavItemActive, type NavItem } from '../../modules/navigation/nav-items';

/** One item of the main navigation, marked as the current page where it is. */
export function MainNavLink({ item, pathname }: { item: NavItem; pathname: string }) {
  const { t } = useTranslation();
  const active = isNavItemActive(item, pathname);
  const Icon = item.icon;
  return (
    <NavLink
      component={Link}
      to={item.path}
      label={t(item.labelKey)}
      leftSection={<Icon />}
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="light"
      fw={500}
    />
  );
}
