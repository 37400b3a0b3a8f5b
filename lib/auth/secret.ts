// The one read-or-create of a stored secret lives with the settings table; auth keeps its import path.
export { storedSecret } from '../db/settings';
