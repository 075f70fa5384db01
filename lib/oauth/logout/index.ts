export { handleLogout } from './endpoint';
export { verifyIdTokenHint, type IdTokenHint } from './id-token-hint';
export { LOGOUT_PARAMETERS, logoutParamsFrom, logoutParamsFromRecord, readLogoutParams, type LogoutParams } from './params';
export { isLogoutErrorCode, logoutRefusal, type LogoutErrorCode, type LogoutRefusal } from './refusals';
export { forwardedParams, recheckLogoutParams } from './recheck';
export type { LogoutRuntime } from './runtime';
export { expiredSessionCookies, type ExpiredCookie } from './session-cookies';
export { afterLogoutTarget, logoutConfirmPath, logoutErrorPath, postLogoutRedirect, SIGNED_OUT_PATH } from './targets';
export { validateLogoutRequest, type LogoutClient, type LogoutRequest } from './validate';
