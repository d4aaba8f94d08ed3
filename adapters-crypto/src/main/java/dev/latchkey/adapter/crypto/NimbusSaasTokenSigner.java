package dev.latchkey.adapter.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.application.port.out.SaasTokenSigner;
import dev.latchkey.application.port.out.SecretGenerator;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.TenantName;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Signs {@code saasToken}s as ES256 JWTs with nimbus-jose-jwt, and publishes the public keys as a JWK
 * Set. A stored key is read once per process: its signer is kept by key id. Signatures are made by
 * {@link Es256Signer}.
 */
public final class NimbusSaasTokenSigner implements SaasTokenSigner {

    private final SecretGenerator secrets;
    private final Supplier<String> publicUrl;
    private final Map<String, JWSSigner> signers = new ConcurrentHashMap<>();

    /** @param publicUrl base of the {@code iss} claim, read when a token is signed */
    public NimbusSaasTokenSigner(SecretGenerator secrets, Supplier<String> publicUrl) {
        this.secrets = secrets;
        this.publicUrl = publicUrl;
    }

    @Override
    public SigningKey newKey(TenantName tenant, Instant now) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256)
                    .keyID(secrets.newId())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .issueTime(Date.from(now))
                    .generate();
            return new SigningKey(tenant, key.getKeyID(), key.toJSONString(), now);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a P-256 key", e);
        }
    }

    @Override
    public String sign(SigningKey key, CustomerNumber subject, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(publicUrl.get() + "/customer/" + key.tenant().value())
                .subject(subject.value())
                .claim("tenant", key.tenant().value())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(secrets.newId())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.keyId())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signers.computeIfAbsent(key.keyId(), id -> signerOf(key)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + key.keyId(), e);
        }
    }

    private static JWSSigner signerOf(SigningKey key) {
        try {
            return new Es256Signer(ECKey.parse(key.privateKey()));
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("Stored key " + key.keyId() + " cannot be read", e);
        }
    }

    @Override
    public String publicKeySet(List<SigningKey> keys) {
        List<JWK> publicKeys =
                keys.stream().map(NimbusSaasTokenSigner::publicHalf).toList();
        return new JWKSet(publicKeys).toString(true);
    }

    private static JWK publicHalf(SigningKey key) {
        try {
            return ECKey.parse(key.privateKey()).toPublicJWK();
        } catch (ParseException e) {
            throw new IllegalStateException("Stored key " + key.keyId() + " cannot be read", e);
        }
    }
}
