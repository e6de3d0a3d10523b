package io.accountsapi.upsun.list;

import io.accountsapi.upsun.list.UpsunListQuery.Parameters;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The handler of one of Upsun's lists: Swagger UI documents that list's parameters ({@link UpsunLists}) on it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UpsunListParameters {

    UpsunList value();

    enum UpsunList {
        ORGANIZATIONS("organizations"),
        MEMBERS("members");

        /** What the list holds, as its parameters' descriptions name it. */
        public final String items;

        UpsunList(String items) {
            this.items = items;
        }

        public Parameters<?> parameters() {
            return switch (this) {
                case ORGANIZATIONS -> UpsunLists.ORGANIZATIONS;
                case MEMBERS -> UpsunLists.MEMBERS;
            };
        }
    }
}
