/** How long a device authorization waits for the user (RFC 8628 §3.2 expires_in). */
export const DEVICE_CODE_LIFETIME_SECONDS = 600;
/** The least time between two polls the server asks of a device (RFC 8628 §3.2 interval). */
export const DEVICE_POLL_INTERVAL_SECONDS = 5;
/** Added to the interval each time a device polls too fast (RFC 8628 §3.5 slow_down). */
export const SLOW_DOWN_STEP_SECONDS = 5;

export const deviceAuthorizationEndpointUrl = (issuer: string) => `${issuer}/oauth/device_authorization`;
export const verificationUri = (issuer: string) => `${issuer}/device`;
