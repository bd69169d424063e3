export const aboutYouKeys = {
  all: ['about-you'] as const,
  profile: () => [...aboutYouKeys.all, 'profile'] as const,
};
