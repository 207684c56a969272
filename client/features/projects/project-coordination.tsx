import { InstructionsSection } from '../instructions';
import { LeadersSection } from '../leaders';
import { ProjectProblemsSection } from '../problems';

/** The project page's leaders, instructions and problems, each from its own feature. */
export function ProjectCoordination({
  project,
  role,
}: {
  project: {
    id: number;
    ownerAId: number;
    ownerBId: number | null;
    major: boolean;
    stage: string;
    status: string;
  };
  role: string | undefined;
}) {
  const flagged = project.major && project.stage !== 'negotiating' && project.status !== 'dropped';
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <LeadersSection projectId={project.id} isAdmin={role === 'admin'} flagged={flagged} />
      <InstructionsSection projectId={project.id} ownerIds={[project.ownerAId, project.ownerBId]} />
      <div className="lg:col-span-2">
        <ProjectProblemsSection projectId={project.id} canWrite={role !== undefined && role !== 'viewer'} />
      </div>
    </div>
  );
}
