// Query keys of the staff side of ratings (reviews waiting for a reply, a review being answered).
// The public side keeps its reviews under its own keys; after a reply those are marked stale too.
export const ratingsStaffKeys = {
  all: ['ratings-staff'] as const,
  awaiting: () => [...ratingsStaffKeys.all, 'awaiting-reply'] as const,
  rating: (id: string) => [...ratingsStaffKeys.all, 'rating', id] as const,
};

/** Keys other pages may use for reviews and changes ("You said, we did"): marked stale after staff act. */
export const publicRatingsPrefixes = [['ratings'], ['changes']] as const;
