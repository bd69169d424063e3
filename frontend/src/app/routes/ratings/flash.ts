// The message carried to the service page after rating it, shown once as a notification banner.
// Its own key in router state, so it never mixes with the service page's other messages.
export interface RatingFlash {
  kind: 'rated' | 'changed';
  ratingId: string;
  /** whether the rating has words, and so is a public review */
  review: boolean;
  changeableUntil: string | null;
}

export function readRatingFlash(state: unknown): RatingFlash | null {
  if (!state || typeof state !== 'object' || !('ratingFlash' in state)) return null;
  const flash = (state as { ratingFlash?: Partial<RatingFlash> }).ratingFlash;
  if (!flash || (flash.kind !== 'rated' && flash.kind !== 'changed') || typeof flash.ratingId !== 'string') return null;
  return {
    kind: flash.kind,
    ratingId: flash.ratingId,
    review: !!flash.review,
    changeableUntil: typeof flash.changeableUntil === 'string' ? flash.changeableUntil : null,
  };
}
