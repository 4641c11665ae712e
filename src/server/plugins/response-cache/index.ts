export { ResponseCache } from './response-cache';
export { responseCacheHook, type ResponseCacheHookOptions } from './response-cache-hook';
