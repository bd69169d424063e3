// Query keys of the staff side of ratings. A review itself is cached under the public ratings keys
// (ratingsKeys.item), so a reply saved here and a change marked done elsewhere show everywhere.
export const ratingsStaffKeys = {
  all: ['ratings-staff'] as const,
  awaiting: () => [...ratingsStaffKeys.all, 'awaiting-reply'] as const,
};

/** Keys other pages use for reviews and changes ("You said, we did"): marked stale after staff act. */
export const publicRatingsPrefixes = [['ratings'], ['changes']] as const;
