import { Container } from '@mantine/core';
import { Navigate, Outlet } from 'react-router';
import { ProfileLanguageNotice } from '../modules/language/components/ProfileLanguageNotice';
import { useProfileLanguage } from '../modules/language/hooks/useProfileLanguage';
import { LiveSocketProvider } from '../modules/live/components/LiveSocketProvider';
import { useSignOutWhenAccessRevoked } from '../modules/auth/hooks/useSignOutWhenAccessRevoked';
import { useAuthStore } from '../shared/state/authStore';

/** Routes for signed-in people: without a session token they go to sign-in. */
export function SessionLayout() {
  const token = useAuthStore((state) => state.token);
  useProfileLanguage();
  if (token === null) return <Navigate to="/sign-in" replace />;
  return (
    <LiveSocketProvider key={token} token={token}>
      <SignedInOutlet />
    </LiveSocketProvider>
  );
}

/** The pages, inside the live socket's provider so the session can listen to the server. */
function SignedInOutlet() {
  useSignOutWhenAccessRevoked();
  return (
    <>
      <Container size="xl">
        <ProfileLanguageNotice />
      </Container>
      <Outlet />
    </>
  );
}
