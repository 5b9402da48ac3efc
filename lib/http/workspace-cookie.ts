/** Remembers the last workspace so `/` can reopen it. */
export const WORKSPACE_COOKIE = 'fleet_ws';
