-- Every request whose answer must not wait for, nor tell anything by, a lookup of the email is kept here from
-- the moment it is answered until it is acted on: reset links and activation resends (V18), and now failed
-- logins (their security event is written after the answer, for known and unknown emails alike) and signups.
ALTER TABLE deferred_mail_request RENAME TO deferred_request;
ALTER INDEX deferred_mail_request_by_time RENAME TO deferred_request_by_time;
ALTER TABLE deferred_request ADD COLUMN ip VARCHAR(64);
ALTER TABLE deferred_request ADD COLUMN user_agent VARCHAR(512);

-- What a signup holds until it is acted on: the hashed password and the profile the customer gave.
CREATE TABLE deferred_signup (
    request_id         VARCHAR(64) PRIMARY KEY REFERENCES deferred_request (id) ON DELETE CASCADE,
    password_hash      VARCHAR(512) NOT NULL,
    preferred_language VARCHAR(35) NOT NULL,
    title              VARCHAR(100),
    first_name         VARCHAR(100),
    middle_name        VARCHAR(100),
    last_name          VARCHAR(100),
    contact_phone      VARCHAR(40),
    company            VARCHAR(200),
    preferred_currency VARCHAR(3) NOT NULL,
    preferred_site     VARCHAR(64) NOT NULL,
    contact_email      VARCHAR(254),
    customer_type      VARCHAR(16) NOT NULL,
    b2b                VARCHAR(16384),
    metadata           VARCHAR(16384),
    mixins             VARCHAR(16384)
);

-- The address a signup gave, if it gave one.
CREATE TABLE deferred_signup_address (
    request_id      VARCHAR(64) PRIMARY KEY REFERENCES deferred_request (id) ON DELETE CASCADE,
    id              UUID NOT NULL,
    contact_name    VARCHAR(200),
    company_name    VARCHAR(200),
    street          VARCHAR(200),
    street_number   VARCHAR(20),
    street_appendix VARCHAR(200),
    extra_line1     VARCHAR(200),
    extra_line2     VARCHAR(200),
    extra_line3     VARCHAR(200),
    extra_line4     VARCHAR(200),
    zip_code        VARCHAR(20),
    city            VARCHAR(100),
    country         VARCHAR(2),
    state           VARCHAR(100),
    contact_phone   VARCHAR(40),
    tags            VARCHAR(700) NOT NULL,
    is_default      BOOLEAN NOT NULL,
    metadata        VARCHAR(16384),
    mixins          VARCHAR(16384)
);
