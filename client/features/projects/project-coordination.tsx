import { InstructionsSection } from '../instructions';
import { LeadersSection } from '../leaders';
import { ProjectProblemsSection } from '../problems';

/** The project's leaders, instructions and problems, each from its own feature; actions from the shared model. */
export function ProjectCoordination({
  project,
  canRaise,
}: {
  project: {
    id: number;
    major: boolean;
    stage: string;
    status: string;
    /** The person's relation to the project (shared/domain/permissions.ts). */
    rel: number;
  };
  canRaise: boolean;
}) {
  const flagged = project.major && project.stage !== 'negotiating' && project.status !== 'dropped';
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <LeadersSection projectId={project.id} flagged={flagged} />
      <InstructionsSection projectId={project.id} rel={project.rel} />
      <div className="lg:col-span-2">
        <ProjectProblemsSection projectId={project.id} canRaise={canRaise} />
      </div>
    </div>
  );
}
