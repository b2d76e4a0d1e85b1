import { createBrowserRouter, Navigate } from 'react-router';
import { AttendancePage } from '../pages/AttendancePage';
import { BadgeSheetPage } from '../pages/BadgeSheetPage';
import { CertificatePage } from '../pages/CertificatePage';
import { CheckInPage } from '../pages/CheckInPage';
import { EventHomePage } from '../pages/EventHomePage';
import { HomeRedirectPage } from '../pages/HomeRedirectPage';
import { JoinPage } from '../pages/JoinPage';
import { ManageAgendaPage } from '../pages/ManageAgendaPage';
import { ManageAttendancePage } from '../pages/ManageAttendancePage';
import { ManageCertificatesPage } from '../pages/ManageCertificatesPage';
import { ManageCheckInPage } from '../pages/ManageCheckInPage';
import { ManageLayout } from '../pages/ManageLayout';
import { ManagePeoplePage } from '../pages/ManagePeoplePage';
import { ManageTransferPage } from '../pages/ManageTransferPage';
import { ModeratorConsolePage } from '../pages/ModeratorConsolePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ProfilePage } from '../pages/ProfilePage';
import { RoomDisplayPage } from '../pages/RoomDisplayPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { SessionPage } from '../pages/SessionPage';
import { ManagePlansPage } from '../pages/ManagePlansPage';
import { PlanPage } from '../pages/PlanPage';
import { PlanPrintPage } from '../pages/PlanPrintPage';
import { PlansPage } from '../pages/PlansPage';
import { BreakoutsPage } from '../pages/BreakoutsPage';
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
            { path: '/profile', element: <ProfilePage /> },
            { path: '/events/:eventId', element: <EventHomePage /> },
            { path: '/events/:eventId/sessions/:sessionId', element: <SessionPage /> },
            { path: '/events/:eventId/check-in', element: <CheckInPage /> },
            { path: '/events/:eventId/attendance', element: <AttendancePage /> },
            { path: '/events/:eventId/plans', element: <PlansPage /> },
            { path: '/events/:eventId/plans/print', element: <PlanPrintPage /> },
            { path: '/events/:eventId/plans/:planId', element: <PlanPage /> },
            { path: '/events/:eventId/plans/:planId/print', element: <PlanPrintPage /> },
            { path: '/events/:eventId/attendance/certificate', element: <CertificatePage /> },
            {
              path: '/events/:eventId/sessions/:sessionId/console',
              element: <ModeratorConsolePage />,
            },
            { path: '/events/:eventId/sessions/:sessionId/display', element: <RoomDisplayPage /> },
            { path: '/events/:eventId/sessions/:sessionId/breakouts', element: <BreakoutsPage /> },
            {
              path: '/events/:eventId/manage',
              element: <ManageLayout />,
              children: [
                { index: true, element: <Navigate to="agenda" replace /> },
                { path: 'agenda', element: <ManageAgendaPage /> },
                { path: 'people', element: <ManagePeoplePage /> },
                { path: 'badges', element: <BadgeSheetPage /> },
                { path: 'check-in', element: <ManageCheckInPage /> },
                { path: 'attendance', element: <ManageAttendancePage /> },
                { path: 'attendance/certificates', element: <ManageCertificatesPage /> },
                { path: 'plans', element: <ManagePlansPage /> },
                { path: 'transfer', element: <ManageTransferPage /> },
              ],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
