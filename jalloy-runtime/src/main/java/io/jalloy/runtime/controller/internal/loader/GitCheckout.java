package io.jalloy.runtime.controller.internal.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * A working copy of one repository at one revision, kept under the storage path: cloned the first
 * time, fetched and checked out again on every update, as Alloy's vcs package does. The revision
 * is a branch, a tag or a commit. Both the evaluation thread and the import's watcher update it,
 * so updates of one directory are serialised.
 */
final class GitCheckout {
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    /** A failure with Alloy's text ({@code failed to download repository "x": ...}, {@code invalid revision "r"}). */
    static final class GitException extends Exception {
        GitException(String message) {
            super(message, null, false, false);
        }
    }

    private final String repository;
    private final String uri;
    private final String revision;
    private final Path dir;
    private final CredentialsProvider credentials;

    /**
     * @param repository the repository as written (named in errors)
     * @param uri what git fetches from: a URL, or a local path made absolute
     * @param username basic auth user, null for none
     */
    GitCheckout(String repository, String uri, String revision, Path dir, String username, String password) {
        this.repository = repository;
        this.uri = uri;
        this.revision = revision;
        this.dir = dir;
        this.credentials = username == null ? null : new UsernamePasswordCredentialsProvider(username,
                password == null ? "" : password);
    }

    Path directory() {
        return dir;
    }

    /** Clones or fetches, then checks the revision out; the working copy is then up to date. */
    void update() throws GitException {
        ReentrantLock lock = LOCKS.computeIfAbsent(dir, d -> new ReentrantLock());
        lock.lock();
        try (Git git = openOrClone()) {
            ObjectId commit = resolve(git.getRepository());
            if (commit == null) {
                throw new GitException("invalid revision \"" + revision + "\"");
            }
            // A hard reset, not a checkout: the working copy is never edited, and a reset needs no
            // clean index (a clone without checkout has none).
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit.getName()).call();
        } catch (GitAPIException | IOException e) {
            throw new GitException("failed to update repository \"" + repository + "\": " + e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    private Git openOrClone() throws GitException, IOException, GitAPIException {
        if (Files.isDirectory(dir.resolve(".git"))) {
            Git git = Git.open(dir.toFile());
            if (uri.equals(git.getRepository().getConfig().getString("remote", "origin", "url"))) {
                auth(git.fetch().setRemote("origin").setRemoveDeletedRefs(true)
                        .setRefSpecs(new RefSpec("+refs/heads/*:refs/remotes/origin/*"), new RefSpec("+refs/tags/*:refs/tags/*")))
                        .call();
                return git;
            }
            git.close();
            delete(dir);
        }
        try {
            Files.createDirectories(dir.getParent());
            return auth(Git.cloneRepository().setURI(uri).setDirectory(dir.toFile()).setNoCheckout(true).setCloneAllBranches(true))
                    .call();
        } catch (GitAPIException e) {
            delete(dir);
            throw new GitException("failed to download repository \"" + repository + "\": " + e.getMessage());
        }
    }

    private <C extends TransportCommand<C, ?>> C auth(C command) {
        return credentials == null ? command : command.setCredentialsProvider(credentials);
    }

    private ObjectId resolve(Repository repo) throws IOException {
        for (String candidate : new String[] {"refs/remotes/origin/" + revision, "refs/tags/" + revision}) {
            ObjectId id = repo.resolve(candidate + "^{commit}");
            if (id != null) {
                return id;
            }
        }
        try {
            return repo.resolve(revision + "^{commit}");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
