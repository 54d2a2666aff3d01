package io.github.cameltencent.tts.springboot;

import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

import io.github.cameltencent.tts.client.CiClient;
import io.github.cameltencent.tts.client.credentials.TencentCredentialsProvider;

/**
 * Lets bean-typed properties name a bean: camel.component.tencent-tts.credentials-provider = #bean:myProvider.
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class TencentTtsComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public TencentTtsComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, TencentCredentialsProvider.class),
                new ConvertiblePair(String.class, CiClient.class),
                new ConvertiblePair(String.class, io.github.cameltencent.tts.TencentTtsConfiguration.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#bean:")) {
            return null;
        }
        return applicationContext.getBean(ref.substring("#bean:".length()), targetType.getType());
    }
}
