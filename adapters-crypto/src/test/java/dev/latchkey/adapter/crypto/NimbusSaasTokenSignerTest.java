package dev.latchkey.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import dev.latchkey.domain.customer.CustomerNumber;
import dev.latchkey.domain.tenant.SigningKey;
import dev.latchkey.domain.tenant.TenantName;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures are checked with nimbus-jose-jwt's verifier on the JDK's own ECDSA, as a shop's service would. */
class NimbusSaasTokenSignerTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    private final NimbusSaasTokenSigner signer = new NimbusSaasTokenSigner(
            new SecureRandomSecretGenerator(new SecureRandom()), () -> "https://id.shop.test");

    @Test
    void aSaasTokenVerifiesWithTheTenantsPublishedKeys() throws Exception {
        SigningKey key = signer.newKey(new TenantName("demo"), NOW);

        SignedJWT token = SignedJWT.parse(signer.sign(key, new CustomerNumber("100001"), NOW, NOW.plusSeconds(3600)));
        ECKey published =
                (ECKey) JWKSet.parse(signer.publicKeySet(List.of(key))).getKeyByKeyId(key.keyId());

        assertThat(published.isPrivate()).isFalse();
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(token.verify(new ECDSAVerifier(published))).isTrue();
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("100001");
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("https://id.shop.test/customer/demo");
    }

    @Test
    void everySignatureVerifiesAndNoOtherMessageDoes() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        Es256Signer es256 = new Es256Signer(key);
        ECDSAVerifier verifier = new ECDSAVerifier(key.toPublicJWK());
        JWSHeader header = new JWSHeader(JWSAlgorithm.ES256);
        SecureRandom random = new SecureRandom();

        // enough messages that R or S starts with a zero byte many times over
        for (int i = 0; i < 500; i++) {
            byte[] message = new byte[1 + random.nextInt(400)];
            random.nextBytes(message);
            Base64URL signature = es256.sign(header, message);

            assertThat(signature.decode()).hasSize(64);
            assertThat(verifier.verify(header, message, signature)).isTrue();
            message[0] ^= 1;
            assertThat(verifier.verify(header, message, signature)).isFalse();
        }
    }

    @Test
    void theNonceComesFromKeyAndMessage() throws Exception {
        Es256Signer es256 = new Es256Signer(new ECKeyGenerator(Curve.P_256).generate());
        JWSHeader header = new JWSHeader(JWSAlgorithm.ES256);
        byte[] message = "header.payload".getBytes(StandardCharsets.US_ASCII);

        assertThat(es256.sign(header, message)).isEqualTo(es256.sign(header, message));
        assertThat(es256.sign(header, "header.payload2".getBytes(StandardCharsets.US_ASCII)))
                .isNotEqualTo(es256.sign(header, message));
    }

    @Test
    void signsOnlyWithAPrivateP256KeyAndOnlyEs256() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();

        assertThatThrownBy(() -> new Es256Signer(key.toPublicJWK())).isInstanceOf(JOSEException.class);
        assertThatThrownBy(() -> new Es256Signer(new ECKeyGenerator(Curve.P_384).generate()))
                .isInstanceOf(JOSEException.class);
        assertThatThrownBy(() -> new Es256Signer(key).sign(new JWSHeader(JWSAlgorithm.ES384), new byte[1]))
                .isInstanceOf(JOSEException.class);
    }
}
