/*
 * Copyright The camel-tencent-tts Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameltencent.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.builder.PredicateBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.cameltencent.tts.client.CiTime;
import io.github.cameltencent.tts.model.JobsDetail;

/**
 * Headers told apart by name, over real HTTP: what the component writes as a result has a name of its own, so it
 * never steers a later call on the same message; a route that copies a result into an input header is obeyed,
 * however it copies it; and the two links (job id, template id) carry one call into the next on purpose.
 */
class HeadersByNameTest extends TtsTestSupport {

    private static final String SYNC = "mode=Sync&codec=wav";

    private String submit(String text) {
        Exchange e = send(uri("submit", SYNC), text, Map.of());
        assertThat(e.getException()).isNull();
        return e.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
    }

    @Test
    void twoSubmitsInOneRouteMakeTwoObjects() throws Exception {
        List<JobsDetail> firsts = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:twice").to(uri("submit", "waitForCompletion=true&waitInterval=50&" + SYNC))
                        .process(e -> firsts.add(e.getMessage().getBody(JobsDetail.class)))
                        .setBody(constant("The second job of this message."))
                        .to(uri("submit", "waitForCompletion=true&waitInterval=50&" + SYNC));
            }
        });
        Exchange e = template.send("direct:twice", x -> x.getMessage().setBody("The first job of this message."));
        assertThat(e.getException()).isNull();
        JobsDetail second = e.getMessage().getBody(JobsDetail.class);
        String firstKey = firsts.get(0).getOperation().getOutput().getObject();
        String secondKey = second.getOperation().getOutput().getObject();
        assertThat(second.getJobId()).isNotEqualTo(firsts.get(0).getJobId());
        assertThat(secondKey).isNotEqualTo(firstKey);
        assertThat(emulator().object(BUCKET, firstKey)).as("the first audio is still there").isNotNull();
        assertThat(emulator().object(BUCKET, secondKey)).isNotNull();
        assertThat(emulator().job(firsts.get(0).getJobId()).input()).isEqualTo("The first job of this message.");
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_OUTPUT_OBJECT)).isEqualTo(secondKey);
    }

    @Test
    void aRouteFromTheJobsConsumerIntoSubmitWritesANewObject() throws Exception {
        List<Exchange> echoes = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "delay=50&states=Success")).routeId("echo")
                        .filter(header(TencentTtsConstants.JOB_USER_DATA).isEqualTo("origin"))
                        .setBody(simple("An echo of ${header.CamelTencentTtsJobId}."))
                        .to(uri("submit", SYNC))
                        .process(echoes::add);
            }
        });
        Exchange origin = send(uri("submit", SYNC + "&userData=origin"), "The original words.", Map.of());
        String originId = origin.getMessage().getHeader(TencentTtsConstants.JOB_ID, String.class);
        String originKey = origin.getMessage().getHeader(TencentTtsConstants.JOB_OUTPUT_OBJECT, String.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> echoes.size() == 1);
        JobsDetail echo = echoes.get(0).getMessage().getBody(JobsDetail.class);

        assertThat(echo.getJobId()).isNotEqualTo(originId);
        assertThat(echo.getOperation().getOutput().getObject()).as("a new object, not the finished job's")
                .isNotEqualTo(originKey);
        assertThat(storedJob(echo.getJobId()).path("Operation").get("UserData")).as("the finished job's UserData is a result")
                .isNullOrEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> emulator().job(echo.getJobId()).isTerminal());
        assertThat(emulator().job(originId).input()).isEqualTo("The original words.");
        assertThat(emulator().object(BUCKET, originKey)).as("the first audio is untouched").isNotNull();
    }

    @Test
    void aListJobsLoopPagesByCopyingTheResultTokenIntoTheInput() throws Exception {
        // creation times have whole seconds: start in a second no other test's job was created in
        Instant start = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        await().atMost(Duration.ofSeconds(3)).until(() -> Instant.now().isAfter(start));
        String since = CiTime.format(start);
        List<String> mine = List.of(submit("Page one a."), submit("Page one b."), submit("Page two a."),
                submit("Page two b."), submit("Page three a."));
        List<List<String>> pages = new CopyOnWriteArrayList<>();
        String list = uri("listJobs", "size=2&orderByTime=Asc");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the way a camel-aws2 user pages: the result token copied into the input, until it is empty
                from("direct:paged")
                        .loopDoWhile(PredicateBuilder.and(
                                header(TencentTtsConstants.RESULT_NEXT_TOKEN).isNotEqualTo(""),
                                e -> pages.size() < 10))
                            .to(list).process(e -> pages.add(ids(e)))
                            .setHeader(TencentTtsConstants.NEXT_TOKEN, header(TencentTtsConstants.RESULT_NEXT_TOKEN))
                        .end();
                // without the copy, a second listJobs on the same message reads the first page again
                from("direct:twice").to(list).process(e -> pages.add(ids(e))).to(list).process(e -> pages.add(ids(e)));
            }
        });
        Exchange e = template.send("direct:paged", x -> x.getMessage().setHeader(
                TencentTtsConstants.START_CREATION_TIME, since));
        assertThat(e.getException()).isNull();
        assertThat(pages.get(0)).containsExactly(mine.get(0), mine.get(1));
        assertThat(pages.get(1)).containsExactly(mine.get(2), mine.get(3));
        assertThat(pages.stream().flatMap(List::stream).toList()).as("every job once, in order").isEqualTo(mine);
        assertThat(e.getMessage().getHeader(TencentTtsConstants.RESULT_NEXT_TOKEN)).isEqualTo("");

        pages.clear();
        template.send("direct:twice", x -> x.getMessage().setHeader(TencentTtsConstants.START_CREATION_TIME, since));
        assertThat(pages.get(0)).containsExactly(mine.get(0), mine.get(1));
        assertThat(pages.get(1)).isEqualTo(pages.get(0));
    }

    @Test
    void aHeaderTheRouteSetsFromAResultValueIsUsed() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the very value the component wrote, copied by the route: an input like any other
                from("direct:again").to(uri("submit", SYNC + "&userData=first"))
                        .setHeader(TencentTtsConstants.OUTPUT_OBJECT, header(TencentTtsConstants.JOB_OUTPUT_OBJECT))
                        .setHeader(TencentTtsConstants.USER_DATA, simple("${header.CamelTencentTtsJobUserData}"))
                        .setBody(constant("Said again, under the same key."))
                        .to(uri("submit", SYNC));
            }
        });
        Exchange e = template.send("direct:again", x -> x.getMessage().setBody("Said once."));
        assertThat(e.getException()).isNull();
        JobsDetail second = e.getMessage().getBody(JobsDetail.class);
        String key = e.getMessage().getHeader(TencentTtsConstants.OUTPUT_OBJECT, String.class);
        assertThat(second.getOperation().getOutput().getObject()).isEqualTo(key);
        assertThat(storedJob(second.getJobId()).path("Operation").get("UserData")).isEqualTo("first");
        assertThat(emulator().jobs().stream().filter(j -> key.equals(j.outputObject())).count()).isEqualTo(2);
    }

    @Test
    void theLinksCarryTheTemplateAndTheJobJustMadeIntoTheNextCall() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:linked").to(uri("createTemplate", "templateName=linked_tpl&mode=Sync&codec=mp3"))
                        .setBody(constant("Spoken with the new template."))
                        .to(uri("submit", "")) // uses CamelTencentTtsTemplateId, the link
                        .to(uri("getJob", "")); // reads CamelTencentTtsJobId, the link
            }
        });
        Exchange e = template.send("direct:linked", x -> { });
        assertThat(e.getException()).isNull();
        JobsDetail job = e.getMessage().getBody(JobsDetail.class);
        String templateId = e.getMessage().getHeader(TencentTtsConstants.TEMPLATE_ID, String.class);
        assertThat(job.getOperation().getTemplateId()).isEqualTo(templateId);
        assertThat(job.getJobId()).isEqualTo(e.getMessage().getHeader(TencentTtsConstants.JOB_ID));
        assertThat(e.getMessage().getHeader(TencentTtsConstants.RESULT_TEMPLATE_NAME)).isEqualTo("linked_tpl");
    }

    @Test
    void aUserDataShapedLikeTheTraceEnvelopeComesBackAsTheRouteWroteIt() throws Exception {
        // the protective head the component adds to such a value comes off exactly once: in the submit's answer,
        // and in a consumer's delivery offered again after the route failed on it (the same JobsDetail object)
        String own = "tp:-|order-7";
        List<String> delivered = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("jobs", "delay=50&states=Success")).routeId("lookalike")
                        .filter(simple("${body.operation.ttsConfig.input} == 'Looks like an envelope.'"))
                        .process(e -> {
                            delivered.add(e.getMessage().getHeader(TencentTtsConstants.JOB_USER_DATA, String.class));
                            delivered.add(e.getMessage().getBody(JobsDetail.class).getOperation().getUserData());
                            if (delivered.size() == 2) {
                                throw new IllegalStateException("fails once, so the job is offered again");
                            }
                        });
            }
        });
        Exchange e = send(uri("submit", SYNC), "Looks like an envelope.", Map.of(TencentTtsConstants.USER_DATA, own));
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(TencentTtsConstants.JOB_USER_DATA)).isEqualTo(own);
        assertThat(e.getMessage().getBody(JobsDetail.class).getOperation().getUserData()).isEqualTo(own);
        await().atMost(Duration.ofSeconds(20)).until(() -> delivered.size() >= 4);
        assertThat(delivered).as("header and JobsDetail, first delivery and the one after the failure")
                .containsOnly(own);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Exchange e) {
        return ((List<JobsDetail>) e.getMessage().getBody(List.class)).stream().map(JobsDetail::getJobId).toList();
    }
}
