import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/ui/states';
import { BoardRoute } from './board-route';
import { HomeRoute } from './home-route';
import { AppLayout } from './layout';
import { NotFoundPage } from './not-found';
import { RequireAuth } from './require-auth';

// Pages other than the board load on demand, keeping the board's first load small (docs/benchmarks.md).
const LoginPage = lazy(() => import('../features/auth/login-page').then((m) => ({ default: m.LoginPage })));
const ProjectPage = lazy(() =>
  import('../features/projects/project-page').then((m) => ({ default: m.ProjectPage })),
);
const LedgerImportPage = lazy(() =>
  import('../features/ledger/import-page').then((m) => ({ default: m.LedgerImportPage })),
);
const PendingFactsPage = lazy(() =>
  import('../features/projects/pending-facts-page').then((m) => ({ default: m.PendingFactsPage })),
);
const OffFunnelPage = lazy(() =>
  import('../features/projects/off-funnel-page').then((m) => ({ default: m.OffFunnelPage })),
);
const ReviewPage = lazy(() =>
  import('../features/review/review-page').then((m) => ({ default: m.ReviewPage })),
);
const ReviewRedirect = lazy(() =>
  import('../features/review/review-page').then((m) => ({ default: m.ReviewRedirect })),
);
const ReportPage = lazy(() =>
  import('../features/review/report-page').then((m) => ({ default: m.ReportPage })),
);
const ReportRedirect = lazy(() =>
  import('../features/review/report-page').then((m) => ({ default: m.ReportRedirect })),
);
const TargetsPage = lazy(() =>
  import('../features/targets/targets-page').then((m) => ({ default: m.TargetsPage })),
);
const MajorPage = lazy(() =>
  import('../features/schedules/major-page').then((m) => ({ default: m.MajorPage })),
);
const TemplatesPage = lazy(() =>
  import('../features/schedules/templates-page').then((m) => ({ default: m.TemplatesPage })),
);
const DeskPage = lazy(() => import('../features/leaders/desk-page').then((m) => ({ default: m.DeskPage })));
const ProblemsPage = lazy(() =>
  import('../features/problems/problems-page').then((m) => ({ default: m.ProblemsPage })),
);
const CoordinationPage = lazy(() =>
  import('../features/coordination/coordination-page').then((m) => ({ default: m.CoordinationPage })),
);
const AuditPage = lazy(() => import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('../features/users/users-page').then((m) => ({ default: m.UsersPage })));
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const ChangePasswordPage = lazy(() =>
  import('../features/users/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
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
