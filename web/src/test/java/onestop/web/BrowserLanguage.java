package onestop.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The language a browser test's Chrome asks for (its Accept-Language), as a BCP 47 tag such as
 * {@code zh-TW}, {@code zh-CN} or {@code en}. Without it, {@link BrowserTestBase} browses in English.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BrowserLanguage {
    String value();
}
