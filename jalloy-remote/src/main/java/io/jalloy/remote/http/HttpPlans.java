package io.jalloy.remote.http;

import io.jalloy.common.http.client.ConfiguredHttpClient;
import io.jalloy.remote.internal.PollingSource;
import java.util.Map;

/** Turns validated {@code remote.http} arguments into a polling plan with its own client. */
final class HttpPlans {
    /** The User-Agent sent unless the arguments' headers set one. */
    static final String USER_AGENT = "Jalloy/" + version();

    private HttpPlans() {}

    /**
     * Builds the client and fetcher for {@code args}.
     *
     * @throws IllegalArgumentException when the client block cannot be used (bad TLS material, proxy)
     */
    static PollingSource.Plan plan(Arguments args, Map<String, String> environment) {
        ConfiguredHttpClient client = ConfiguredHttpClient.build(args.client(), environment);
        return new PollingSource.Plan(
                new HttpFetcher(client, args, USER_AGENT), args.method() + " " + args.url(), args.pollFrequency(),
                args.isSecret(), client);
    }

    private static String version() {
        String version = HttpPlans.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
