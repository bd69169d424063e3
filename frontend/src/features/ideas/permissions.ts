// Who may do what with an idea, as the API decides it; the pages only hide what would be refused.
import type { IdeaView, MeView } from '@/types';

/** The author or an accepted co-author (the idea lists only those who accepted). */
export function isIdeaAuthor(me: MeView | null | undefined, idea: IdeaView): boolean {
  return !!me && (me.id === idea.author.id || (idea.coauthors ?? []).some((person) => person.id === me.id));
}

/** Its authors may change an idea until staff start to review it. */
export function canChangeIdea(me: MeView | null | undefined, idea: IdeaView): boolean {
  return isIdeaAuthor(me, idea) && idea.status === 'SUBMITTED';
}
