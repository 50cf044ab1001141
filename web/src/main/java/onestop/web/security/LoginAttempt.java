package onestop.web.security;

import jakarta.enterprise.context.RequestScoped;
import onestop.security.LoginResult;

/**
 * The last login answer in this request. The identity store can only say VALID or INVALID; the
 * login page reads the reason (locked until when, disabled) from here.
 */
@RequestScoped
public class LoginAttempt {
    private LoginResult result;

    void set(LoginResult result) {
        this.result = result;
    }

    public LoginResult result() {
        return result;
    }
}
