import { createBrowserRouter } from 'react-router';
import { EventHomePage } from '../pages/EventHomePage';
import { HomeRedirectPage } from '../pages/HomeRedirectPage';
import { JoinPage } from '../pages/JoinPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { SignInPage } from '../pages/SignInPage';
import { SessionLayout } from './SessionLayout';

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      children: [
        { path: '/sign-in', element: <SignInPage /> },
        { path: '/join', element: <JoinPage /> },
        {
          element: <SessionLayout />,
          children: [
            { index: true, element: <HomeRedirectPage /> },
            { path: '/events/:eventId', element: <EventHomePage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
