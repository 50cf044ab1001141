package onestop.web.publicside;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the rate limits and the slow-down of wrong codes count it: the peer
 * of the connection. Forwarding headers are not trusted (anyone can send them); behind a load
 * balancer, configure it to pass the client's address as the peer (e.g. Undertow's
 * {@code proxy-address-forwarding} with the balancer as the only way in).
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
