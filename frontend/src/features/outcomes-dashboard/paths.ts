// Where the dashboard's pages live.
export const serviceRecordPath = (slug: string) => `/services/${encodeURIComponent(slug)}/record`;
export const timeValuePath = (slug: string) => `/services/${encodeURIComponent(slug)}/time-value`;
export const servicePath = (slug: string) => `/services/${encodeURIComponent(slug)}`;
export const OVERVIEW_PATH = '/outcomes';
export const MONITORS_PATH = '/monitors';
export const OPEN_DATA_PATH = '/open-data';
export const REVIEW_QUEUE_PATH = '/review-queue';
export const AWAITING_REPLY_PATH = '/reviews/awaiting-reply';
