package com.synconfig.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void parsesHostAndPortWithIpv6InBrackets() {
        assertThat(Endpoint.parse("files.example.com:2330")).isEqualTo(new Endpoint("files.example.com", 2330));
        assertThat(Endpoint.parse(" [::1]:2331 ")).isEqualTo(new Endpoint("::1", 2331));
        assertThat(new Endpoint("::1", 2331)).hasToString("[::1]:2331");
        assertThat(new Endpoint("10.0.0.5", 2330)).hasToString("10.0.0.5:2330");
    }

    @Test
    void badTextIsRefusedWithAnExample() {
        for (String bad : new String[] {"localhost", "localhost:", ":2330", "localhost:abc", "localhost:70000", "[ ]:2330", ""}) {
            assertThatThrownBy(() -> Endpoint.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + bad + "' is not HOST:PORT: write e.g. files.example.com:2330, 10.0.0.5:2330 or"
                            + " [::1]:2330.");
        }
        assertThatThrownBy(() -> new Endpoint("localhost", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
