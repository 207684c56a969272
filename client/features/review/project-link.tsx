import { Link } from 'react-router';

/** A project's name as typed, linking to its page: the rows of the review's and reports' lists. */
export const projectLink = (id: number, name: string) => (
  <Link
    className="font-medium text-slate-900 hover:text-brand-600 hover:underline"
    to={`/projects/${id}`}
    data-user-text=""
  >
    {name}
  </Link>
);
