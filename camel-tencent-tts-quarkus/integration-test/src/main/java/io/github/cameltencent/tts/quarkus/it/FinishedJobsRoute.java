package io.github.cameltencent.tts.quarkus.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.builder.RouteBuilder;

/** Consumes every job that finishes in the bucket, with its audio. */
@ApplicationScoped
public class FinishedJobsRoute extends RouteBuilder {

    @Inject
    FinishedJobs finishedJobs;

    @Override
    public void configure() {
        from("tencent-tts:jobs?delay=100&download=true").routeId("finished-jobs").process(finishedJobs);
    }
}
