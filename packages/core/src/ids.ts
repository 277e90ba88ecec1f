const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A UUID in its canonical text form (8-4-4-4-12 hex digits, either case), as row ids are written.
 * Checked before an id from a URL or a form reaches a query, so a malformed one is a 404/400, not a
 * database error. Kept free of imports so the browser can load it on its own (`@tongdai/core/ids`).
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
