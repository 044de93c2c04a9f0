// Starts DynamoDB Local listening on 127.0.0.1 only.
//
// DynamoDBLocal.jar (1.25.x) has no host option: its Jetty server binds every interface, which
// would expose local conversation data to the network. This launcher builds the same server
// from the same command-line flags, moves its connector to loopback, then starts it.
// Run with the JDK's single-file source launcher (no javac needed, only the jdk.compiler
// module that Debian's openjdk-*-jre-headless ships):
//   java -cp DynamoDBLocal.jar LoopbackDynamoDBLocal.java -port 8000 -inMemory
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

public final class LoopbackDynamoDBLocal {
    public static void main(String[] args) throws Exception {
        DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        Server server = (Server) field.get(proxy);
        for (Connector connector : server.getConnectors()) {
            ((ServerConnector) connector).setHost("127.0.0.1");
        }
        proxy.start();
        System.out.println("DynamoDB Local listening on 127.0.0.1 only");
    }
}
