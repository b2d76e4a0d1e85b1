import { type ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { HomeRedirectPage } from '../pages/HomeRedirectPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { SessionLayout } from './SessionLayout';

/**
 * A page loaded when it is first opened, so that each page downloads its own code only: the
 * scanner's, the media stage's and the staff pages' stay off a participant's phone until needed.
 */
const page =
  <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) =>
  async () => ({ Component: pick(await load()) });

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      children: [
        {
          path: '/sign-in',
          lazy: page(
            () => import('../pages/SignInPage'),
            (m) => m.SignInPage,
          ),
        },
        {
          path: '/join',
          lazy: page(
            () => import('../pages/JoinPage'),
            (m) => m.JoinPage,
          ),
        },
        {
          path: '/verify/:code',
          lazy: page(
            () => import('../pages/VerifyCertificatePage'),
            (m) => m.VerifyCertificatePage,
          ),
        },
        {
          element: <SessionLayout />,
          children: [
            { index: true, element: <HomeRedirectPage /> },
            {
              path: '/profile',
              lazy: page(
                () => import('../pages/ProfilePage'),
                (m) => m.ProfilePage,
              ),
            },
            {
              path: '/events/:eventId',
              lazy: page(
                () => import('../pages/EventHomePage'),
                (m) => m.EventHomePage,
              ),
            },
            {
              path: '/events/:eventId/sessions/:sessionId',
              lazy: page(
                () => import('../pages/SessionPage'),
                (m) => m.SessionPage,
              ),
            },
            {
              path: '/events/:eventId/check-in',
              lazy: page(
                () => import('../pages/CheckInPage'),
                (m) => m.CheckInPage,
              ),
            },
            {
              path: '/events/:eventId/attendance',
              lazy: page(
                () => import('../pages/AttendancePage'),
                (m) => m.AttendancePage,
              ),
            },
            {
              path: '/events/:eventId/plans',
              lazy: page(
                () => import('../pages/PlansPage'),
                (m) => m.PlansPage,
              ),
            },
            {
              path: '/events/:eventId/plans/print',
              lazy: page(
                () => import('../pages/PlanPrintPage'),
                (m) => m.PlanPrintPage,
              ),
            },
            {
              path: '/events/:eventId/plans/:planId',
              lazy: page(
                () => import('../pages/PlanPage'),
                (m) => m.PlanPage,
              ),
            },
            {
              path: '/events/:eventId/plans/:planId/print',
              lazy: page(
                () => import('../pages/PlanPrintPage'),
                (m) => m.PlanPrintPage,
              ),
            },
            {
              path: '/events/:eventId/attendance/certificate',
              lazy: page(
                () => import('../pages/CertificatePage'),
                (m) => m.CertificatePage,
              ),
            },
            {
              path: '/events/:eventId/sessions/:sessionId/console',
              lazy: page(
                () => import('../pages/ModeratorConsolePage'),
                (m) => m.ModeratorConsolePage,
              ),
            },
            {
              path: '/events/:eventId/sessions/:sessionId/display',
              lazy: page(
                () => import('../pages/RoomDisplayPage'),
                (m) => m.RoomDisplayPage,
              ),
            },
            {
              path: '/events/:eventId/sessions/:sessionId/breakouts',
              lazy: page(
                () => import('../pages/BreakoutsPage'),
                (m) => m.BreakoutsPage,
              ),
            },
            {
              path: '/events/:eventId/manage',
              lazy: page(
                () => import('../pages/ManageLayout'),
                (m) => m.ManageLayout,
              ),
              children: [
                { index: true, element: <Navigate to="agenda" replace /> },
                {
                  path: 'agenda',
                  lazy: page(
                    () => import('../pages/ManageAgendaPage'),
                    (m) => m.ManageAgendaPage,
                  ),
                },
                {
                  path: 'people',
                  lazy: page(
                    () => import('../pages/ManagePeoplePage'),
                    (m) => m.ManagePeoplePage,
                  ),
                },
                {
                  path: 'badges',
                  lazy: page(
                    () => import('../pages/BadgeSheetPage'),
                    (m) => m.BadgeSheetPage,
                  ),
                },
                {
                  path: 'check-in',
                  lazy: page(
                    () => import('../pages/ManageCheckInPage'),
                    (m) => m.ManageCheckInPage,
                  ),
                },
                {
                  path: 'attendance',
                  lazy: page(
                    () => import('../pages/ManageAttendancePage'),
                    (m) => m.ManageAttendancePage,
                  ),
                },
                {
                  path: 'attendance/certificates',
                  lazy: page(
                    () => import('../pages/ManageCertificatesPage'),
                    (m) => m.ManageCertificatesPage,
                  ),
                },
                {
                  path: 'evaluation',
                  lazy: page(
                    () => import('../pages/ManageEvaluationPage'),
                    (m) => m.ManageEvaluationPage,
                  ),
                },
                {
                  path: 'plans',
                  lazy: page(
                    () => import('../pages/ManagePlansPage'),
                    (m) => m.ManagePlansPage,
                  ),
                },
                {
                  path: 'transfer',
                  lazy: page(
                    () => import('../pages/ManageTransferPage'),
                    (m) => m.ManageTransferPage,
                  ),
                },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
