/** A story's workflow status (its own module: findings name another story's status too). */
export const STATUSES = ['draft', 'submitted', 'in-review', 'approved', 'exported'] as const;
export type Status = (typeof STATUSES)[number];
