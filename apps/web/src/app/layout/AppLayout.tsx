import { AppShell, Box, Burger, Button, Container, Group, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PageLoader, SignOutIcon, TandemLogo } from '@tandem/web-ui';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { HeaderLanguagePicker } from '../../modules/i18n/components/HeaderLanguagePicker';
import { navGroupsFor, navItemsFor, UNGROUPED_NAV_LIMIT } from '../../modules/navigation/nav-items';
import { MainNavLink } from './MainNavLink';
import { useSignOut } from '../../modules/session/hooks/useSignOut';
import { useSignedInPerson } from '../../modules/session/session-context';
import { SkipLink } from './SkipLink';

const NAVBAR_ID = 'main-navigation';

/**
 * The bell comes in a chunk of its own, just after the shell: its popover (floating-ui, a scroll
 * area) is about a tenth of the shell's code, and nothing on the first screen waits for it. Until it
 * is there, a box of its size keeps the header from shifting.
 */
const NotificationBell = lazy(async () => ({
  default: (await import('../../modules/notifications/components/NotificationBell')).NotificationBell,
}));
const BELL_SIZE = 34; // Mantine's ActionIcon size "lg"

/**
 * The signed-in shell: header (logo, language, who is signed in, sign out), the navigation of the
 * person's roles (a drawer behind the burger on small screens), and the page in `<main>`.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  const { signOut, signingOut } = useSignOut();
  const { pathname } = useLocation();
  const [navOpened, nav] = useDisclosure(false);
  const items = navItemsFor(person.roles);
  const main = useRef<HTMLElement>(null);

  // After a client-side navigation, start reading (and tabbing) at the new page, as a full page
  // load would; close the small-screen navigation.
  const firstRender = useRef(true);
  useEffect(() => {
    nav.close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{
        width: 240,
        breakpoint: 'sm',
        collapsed: { mobile: !navOpened },
      }}
      padding="md"
      bg="gray.0"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
              aria-expanded={navOpened}
              aria-controls={NAVBAR_ID}
            />
            <UnstyledButton component={Link} to="/">
              <TandemLogo name={t('app.name')} />
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {/* Below the "xs" breakpoint the header keeps the bell; the language moves to the navigation. */}
            <Box visibleFrom="xs">
              <HeaderLanguagePicker />
            </Box>
            <Suspense fallback={<Box w={BELL_SIZE} h={BELL_SIZE} />}>
              <NotificationBell />
            </Suspense>
            <Text visibleFrom="md" fw={500} data-testid="signed-in-person">
              {person.displayName}
            </Text>
            <Button
              variant="default"
              onClick={() => void signOut()}
              loading={signingOut}
              leftSection={<SignOutIcon />}
              visibleFrom="xs"
            >
              {t('app.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        id={NAVBAR_ID}
        component="nav"
        aria-label={t('app.mainNavigation')}
        p="sm"
        // More items than a short screen holds (ADMIN's list): the navigation scrolls on its own.
        style={{ overflowY: 'auto' }}
      >
        {items.length > UNGROUPED_NAV_LIMIT
          ? navGroupsFor(person.roles).map(({ group, items: inGroup }) => (
              <Box key={group} role="group" aria-labelledby={`nav-group-${group}`} mb="xs">
                <Text id={`nav-group-${group}`} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs" pb={4}>
                  {t(`nav.groups.${group}`)}
                </Text>
                {inGroup.map((item) => (
                  <MainNavLink key={item.id} item={item} pathname={pathname} />
                ))}
              </Box>
            ))
          : items.map((item) => <MainNavLink key={item.id} item={item} pathname={pathname} />)}
        <Box hiddenFrom="xs" mt="md">
          <HeaderLanguagePicker />
        </Box>
        {/* Below the "xs" breakpoint the header has no room: sign out from the navigation. */}
        <Button
          hiddenFrom="xs"
          mt="md"
          variant="default"
          onClick={() => void signOut()}
          loading={signingOut}
          leftSection={<SignOutIcon />}
        >
          {t('app.signOut')}
        </Button>
      </AppShell.Navbar>

      <AppShell.Main id="main" ref={main} tabIndex={-1} style={{ outline: 'none' }}>
        <Container size="lg" px={0}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
