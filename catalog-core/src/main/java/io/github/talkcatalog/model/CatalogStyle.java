package io.github.talkcatalog.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to the whole package in {@code package-info.java}.
 *
 * <p>Generated implementations ({@code ImmutableTalk}, ...) are package-private: users build values
 * through the documented {@code builder()} and {@code of(...)} factories of the public types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // package-private generated builders: Javadoc then shows their methods, with signature and
    // text, as members of the public Talk.Builder, Speaker.Builder, ... that extend them
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // only @Override: no @Generated or other annotation classes that users would lack at compile time
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
@interface CatalogStyle {}
