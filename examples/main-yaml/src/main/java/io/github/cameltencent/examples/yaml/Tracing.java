package io.github.cameltencent.examples.yaml;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.opentelemetry2.OpenTelemetryTracer;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The example's tracing switch, {@code tracing=true}: Camel's OpenTelemetry tracer (camel-opentelemetry2) with an
 * OpenTelemetry SDK that prints every span as it ends (OpenTelemetry's logging exporter, through
 * java.util.logging), so one job's spans can be read in the console: the submit, and later the consumer's
 * delivery of the finished job in the same trace.
 *
 * <p>An application of its own would rather set {@code camel.opentelemetry2.enabled=true} and give the SDK by the
 * OpenTelemetry Java agent or its autoconfiguration (to export to a collector); this class only keeps the demo
 * self-contained, with nothing to install.
 */
public class Tracing implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        boolean on = context.getPropertiesComponent().resolveProperty("tracing").map(String::trim)
                .map(Boolean::parseBoolean).orElse(false);
        if (!on) {
            return;
        }
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(
                        io.opentelemetry.api.common.AttributeKey.stringKey("service.name"), context.getName()))))
                .addSpanProcessor(SimpleSpanProcessor.create(LoggingSpanExporter.create())).build();
        // camel-opentelemetry2 takes the tracer and the propagators from the registry when they are there
        context.getRegistry().bind("exampleOtelTracer", provider.get("camel"));
        context.getRegistry().bind("exampleOtelPropagators",
                ContextPropagators.create(W3CTraceContextPropagator.getInstance()));
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                provider.close();
            }
        });
        OpenTelemetryTracer tracer = new OpenTelemetryTracer();
        tracer.setCamelContext(context);
        tracer.init(context);
    }
}
