export const ROLES = ['admin', 'marketer', 'legal', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'account'
  | 'forms:read'
  | 'forms:write'
  | 'forms:publish'
  | 'review:submit'
  | 'review:decide'
  | 'proofs:read'
  | 'leads:read'
  | 'members:manage'
  | 'settings:manage';

/**
 * Who may do what. Marketers build, submit for review, publish approved versions and see leads; legal reviews,
 * approves and sees notices and proofs (never the leads' contact details); viewers read the forms (the builder
 * read-only, the notices, the review) and the guidance, never submissions, proofs or leads; admins manage
 * members and settings and may do everything.
 */
const MATRIX: Record<Role, readonly Permission[]> = {
  admin: [
    'account',
    'forms:read',
    'forms:write',
    'forms:publish',
    'review:submit',
    'review:decide',
    'proofs:read',
    'leads:read',
    'members:manage',
    'settings:manage',
  ],
  marketer: [
    'account',
    'forms:read',
    'forms:write',
    'forms:publish',
    'review:submit',
    'proofs:read',
    'leads:read',
  ],
  legal: ['account', 'forms:read', 'review:decide', 'proofs:read'],
  viewer: ['account', 'forms:read'],
};

export const can = (role: Role, permission: Permission) => MATRIX[role].includes(permission);
export const isRole = (value: unknown): value is Role => ROLES.some((r) => r === value);

/** Scopes an API token may carry: the read-only JSON API and exports. */
export const TOKEN_SCOPES = [
  'forms:read',
  'proofs:read',
  'leads:read',
] as const satisfies readonly Permission[];

export const ROLE_NAMES: Record<Role, string> = {
  admin: 'administrator',
  marketer: 'marketer',
  legal: 'legal reviewer',
  viewer: 'viewer',
};

const ACTS: Record<Permission, string> = {
  account: 'use this account',
  'forms:read': 'read forms',
  'forms:write': 'edit forms',
  'forms:publish': 'publish forms',
  'review:submit': 'submit forms for review',
  'review:decide': 'approve forms or request changes',
  'proofs:read': 'read the proofs of consent',
  'leads:read': 'read the leads',
  'members:manage': 'manage members',
  'settings:manage': 'change the settings',
};

/** Why a role may not do something, in a sentence a member reads (403); undefined when it may. */
export const refusalFor = (role: Role, permission: Permission): string | undefined =>
  can(role, permission)
    ? undefined
    : `You are not allowed to ${ACTS[permission]}: your role is ${ROLE_NAMES[role]} (403).`;
