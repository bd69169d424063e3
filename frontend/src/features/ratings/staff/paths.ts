/** A change's own page, where staff mark it done and the reviewer says whether it happened. */
export const changePath = (changeId: string) => `/changes/${encodeURIComponent(changeId)}`;
