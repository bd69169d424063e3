export const auditKeys = {
  all: ['audit'] as const,
  list: (search: object) => [...auditKeys.all, 'list', search] as const,
};
