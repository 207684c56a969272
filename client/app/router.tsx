import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/ui/states';
import { BoardRoute } from './board-route';
import { HomeRoute } from './home-route';
import { AppLayout } from './layout';
import { NotFoundPage } from './not-found';
import { RequireAuth } from './require-auth';
import { lazyWithStrings } from '../lib/lazy';

// Pages other than the board load on demand, keeping the board's first load small (docs/benchmarks.md).
const LoginPage = lazyWithStrings(
  () => import('../features/auth/login-page'),
  (m) => m.LoginPage,
);
const ProjectPage = lazyWithStrings(
  () => import('../features/projects/project-page'),
  (m) => m.ProjectPage,
);
const LedgerImportPage = lazyWithStrings(
  () => import('../features/ledger/import-page'),
  (m) => m.LedgerImportPage,
);
const PendingFactsPage = lazyWithStrings(
  () => import('../features/projects/pending-facts-page'),
  (m) => m.PendingFactsPage,
);
const OffFunnelPage = lazyWithStrings(
  () => import('../features/projects/off-funnel-page'),
  (m) => m.OffFunnelPage,
);
const ReviewPage = lazyWithStrings(
  () => import('../features/review/review-page'),
  (m) => m.ReviewPage,
);
const ReviewRedirect = lazyWithStrings(
  () => import('../features/review/review-page'),
  (m) => m.ReviewRedirect,
);
const ReportPage = lazyWithStrings(
  () => import('../features/review/report-page'),
  (m) => m.ReportPage,
);
const ReportRedirect = lazyWithStrings(
  () => import('../features/review/report-page'),
  (m) => m.ReportRedirect,
);
const TargetsPage = lazyWithStrings(
  () => import('../features/targets/targets-page'),
  (m) => m.TargetsPage,
);
const MajorPage = lazyWithStrings(
  () => import('../features/schedules/major-page'),
  (m) => m.MajorPage,
);
const TemplatesPage = lazyWithStrings(
  () => import('../features/schedules/templates-page'),
  (m) => m.TemplatesPage,
);
const DeskPage = lazyWithStrings(
  () => import('../features/leaders/desk-page'),
  (m) => m.DeskPage,
);
const ProblemsPage = lazyWithStrings(
  () => import('../features/problems/problems-page'),
  (m) => m.ProblemsPage,
);
const CoordinationPage = lazyWithStrings(
  () => import('../features/coordination/coordination-page'),
  (m) => m.CoordinationPage,
);
const AuditPage = lazyWithStrings(
  () => import('../features/audit/audit-page'),
  (m) => m.AuditPage,
);
const UsersPage = lazyWithStrings(
  () => import('../features/users/users-page'),
  (m) => m.UsersPage,
);
const SettingsPage = lazyWithStrings(
  () => import('../features/settings/settings-page'),
  (m) => m.SettingsPage,
);
const ChangePasswordPage = lazyWithStrings(
  () => import('../features/users/change-password-page'),
  (m) => m.ChangePasswordPage,
);

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={<Loading />}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRoute />} />
          <Route path="board" element={<BoardRoute />} />
          <Route path="projects/off-funnel" element={<OffFunnelPage />} />
          <Route path="projects/pending" element={<PendingFactsPage />} />
          <Route path="major" element={<MajorPage />} />
          <Route path="schedules/templates" element={<TemplatesPage />} />
          <Route path="projects/:id" element={<ProjectPage />} />
          <Route path="ledger/import" element={<LedgerImportPage />} />
          <Route path="desk" element={<DeskPage />} />
          <Route path="problems" element={<ProblemsPage />} />
          <Route path="coordination" element={<CoordinationPage />} />
          <Route path="admin/users" element={<UsersPage />} />
          <Route path="admin/audit" element={<AuditPage />} />
          <Route path="admin/settings" element={<SettingsPage />} />
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="review" element={<ReviewRedirect />} />
          <Route path="review/:isoWeek" element={<ReviewPage />} />
          <Route path="reports" element={<ReportRedirect />} />
          <Route path="reports/:period" element={<ReportPage />} />
          <Route path="targets" element={<TargetsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
