/**
 * The one way the client talks to the server: same-origin fetch with the session cookie,
 * JSON in and out, and the server's error body turned into an ApiError that carries the
 * stable code and the Indonesian message to show.
 */

export type ErrorBody = {
  error: { code: string; message: string; details?: unknown };
  requestId?: string;
};

/** A definite answer from the server that refused the request. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The route does not exist on this server (yet): the feature is not available. */
  get isMissingRoute(): boolean {
    return this.code === 'route_not_found';
  }
}

/** No answer at all: offline, DNS, connection reset. The request may be retried. */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('network unavailable', { cause });
    this.name = 'NetworkError';
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
};

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new NetworkError(err);
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON: a proxy's error page, for instance.
  }
  const err = (body as ErrorBody | null)?.error;
  if (err && typeof err.code === 'string') {
    return new ApiError(
      res.status,
      err.code,
      err.message,
      err.details,
      (body as ErrorBody).requestId,
    );
  }
  // Fastify's own 404 when no web client is served: treat it as a missing route.
  const code = res.status === 404 ? 'route_not_found' : `http_${res.status}`;
  return new ApiError(res.status, code, '');
}

/** JSON request; resolves with the parsed body or throws ApiError / NetworkError. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) {
    body = opts.body;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const res = await send(withQuery(path, opts.query), {
    method: opts.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
    signal: opts.signal,
  });
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Whether a failure leaves the outcome unknown, so the same request may be sent again. */
export function isRetryable(err: unknown): boolean {
  if (err instanceof NetworkError) return true;
  return err instanceof ApiError && (err.status >= 500 || err.status === 429 || err.status === 0);
}
