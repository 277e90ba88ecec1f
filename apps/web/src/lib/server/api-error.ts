/** The API's error body (`{ error: { code, message, issues? } }`), read defensively: a proxy may answer with HTML. */
export interface ApiErrorInfo {
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

function readIssues(err: object): ApiErrorInfo['issues'] {
  if (!('issues' in err) || !Array.isArray(err.issues)) return undefined;
  return err.issues.flatMap((issue: unknown) =>
    typeof issue === 'object' &&
    issue !== null &&
    'path' in issue &&
    'message' in issue &&
    typeof issue.path === 'string' &&
    typeof issue.message === 'string'
      ? [{ path: issue.path, message: issue.message }]
      : [],
  );
}

export function readApiError(body: unknown): ApiErrorInfo | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const err: unknown = body.error;
  if (typeof err !== 'object' || err === null) return null;
  const code = 'code' in err && typeof err.code === 'string' ? err.code : 'INTERNAL';
  const message = 'message' in err && typeof err.message === 'string' ? err.message : null;
  if (message === null) return null;
  const issues = readIssues(err);
  return issues ? { code, message, issues } : { code, message };
}
