/**
 * What `#platform` resolves to in renderer tests. Components read only the
 * platform's name from it (RoomPermissionsList words its hint for the web
 * edition); the service itself is built by render-app.tsx over in-memory
 * ports, so no browser start-up (IndexedDB, fetch) runs here.
 */
export const platformName = 'web' as const;
