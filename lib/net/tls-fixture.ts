/**
 * Self-signed certificate for metadata.example (valid until 2126), used only by tests to show that a
 * pinned connection still verifies the certificate against the host name. Regenerate with:
 *   openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500 \
 *     -subj /CN=metadata.example -addext subjectAltName=DNS:metadata.example
 */
export const TEST_TLS_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgY5M8xDb5NUg0061v
RWAB1P4vCkwYtRlHkNm5Ko3lMA2hRANCAATVc9kvGYf4f3P3n9Q6wVDyFQn67kKl
ge4GicA1u8AfHopceri4Z8Pe9g5UlONul6FuQQh2ALw/8T1kIafbnqfQ
-----END PRIVATE KEY-----`;

export const TEST_TLS_CERT = `-----BEGIN CERTIFICATE-----
MIIBqjCCAVCgAwIBAgIUZvEMrCTVq2/DCKhqeRVI70f2FcEwCgYIKoZIzj0EAwIw
GzEZMBcGA1UEAwwQbWV0YWRhdGEuZXhhbXBsZTAgFw0yNjExMjYyMDU1MDdaGA8y
MTI2MTEwMjIwNTUwN1owGzEZMBcGA1UEAwwQbWV0YWRhdGEuZXhhbXBsZTBZMBMG
ByqGSM49AgEGCCqGSM49AwEHA0IABNVz2S8Zh/h/c/ef1DrBUPIVCfruQqWB7gaJ
wDW7wB8eilx6uLhnw972DlSU426XoW5BCHYAvD/xPWQhp9uep9CjcDBuMB0GA1Ud
DgQWBBQGVXU6MRYk8CtV1Py65bwa3pka5TAfBgNVHSMEGDAWgBQGVXU6MRYk8CtV
1Py65bwa3pka5TAPBgNVHRMBAf8EBTADAQH/MBsGA1UdEQQUMBKCEG1ldGFkYXRh
LmV4YW1wbGUwCgYIKoZIzj0EAwIDSAAwRQIgWnF9dRRPN9hlAG0Um6eKF6QVeNiR
ubKIWVZbdMoRTSsCIQCgXhSiBTcD0iSQFrHkR8aiV6I7nGgECH94MdV+cj36Aw==
-----END CERTIFICATE-----`;
