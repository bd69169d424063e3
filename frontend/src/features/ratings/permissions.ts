// Who may do what with ratings, as the API decides it; the pages only hide what would be refused.
import { canManageOrganisation } from '@/lib/auth';
import type { MeView } from '@/types';

/** Staff of the organisation that runs the service (and admins) answer its reviews and mark changes done. */
export function canAnswerFor(me: MeView | null | undefined, organisationId: string): boolean {
  return canManageOrganisation(me, organisationId);
}
