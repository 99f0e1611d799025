package org.accordgraph.proposal;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

import org.springframework.stereotype.Component;

/**
 * The text of an uploaded document, read with Apache Tika: plain text, HTML, PDF (its text layer)
 * or DOCX. Its type is detected from its bytes (the declared type and name only break ties), and
 * any other type is refused, as is an encrypted, empty or unreadable file, or one whose text is
 * longer than proposals read.
 */
@Component
class DocumentTexts {

	/** The types read, with what a curator calls them. */
	private static final Map<String, String> READ = Map.of("text/plain", "plain text", "text/html", "HTML",
			"application/xhtml+xml", "HTML", "application/pdf", "PDF",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");

	private static final Pattern SPACES_AT_LINE_END = Pattern.compile("[ \\t\\u00A0]+\\n");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	/** A line break inside a PDF's paragraph: where the page's line ended, not the sentence. */
	private static final Pattern LINE_IN_PARAGRAPH = Pattern.compile("(?<=\\S)[ \\t]*\\n(?=[ \\t]*\\S)");

	private static final Logger log = LoggerFactory.getLogger(DocumentTexts.class);

	private final TikaConfig tika = TikaConfig.getDefaultConfig();

	private final AutoDetectParser parser = new AutoDetectParser(this.tika);

	/** A document's text, its type and the title its metadata gives, if any. */
	record DocumentText(String text, String type, String title) {
	}

	/** Why a document cannot be read; {@code unsupported} where its type is not one that is read. */
	static final class Unreadable extends Exception {

		private final boolean unsupported;

		Unreadable(String message, boolean unsupported) {
			super(message);
			this.unsupported = unsupported;
		}

		boolean unsupported() {
			return this.unsupported;
		}

	}

	/**
	 * @param declaredType the request's content type, if any
	 * @param name the file's name, if given
	 * @param maxCharacters the longest text read
	 */
	DocumentText read(byte[] bytes, String declaredType, String name, int maxCharacters) throws Unreadable {
		if (bytes.length == 0) {
			throw new Unreadable("The document is empty: send the file's bytes as the request's body.", false);
		}
		Metadata metadata = new Metadata();
		if (name != null && !name.isBlank()) {
			metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		}
		if (declaredType != null && !declaredType.isBlank()) {
			metadata.set(Metadata.CONTENT_TYPE, declaredType);
		}
		try (TikaInputStream stream = TikaInputStream.get(bytes)) {
			MediaType type = this.tika.getDetector().detect(stream, metadata).getBaseType();
			String kind = READ.get(type.toString());
			if (kind == null) {
				throw new Unreadable("The document is " + type + ", which is not read: send HTML, PDF, DOCX or plain text"
						+ " (UTF-8).", true);
			}
			metadata.set(Metadata.CONTENT_TYPE, type.toString());
			BodyContentHandler handler = new BodyContentHandler(maxCharacters + 1);
			try {
				this.parser.parse(stream, handler, metadata, new ParseContext());
			}
			catch (SAXException | TikaException | IOException ex) {
				if (WriteLimitReachedException.isWriteLimitReached(ex)) {
					throw new Unreadable("The document's text is longer than " + maxCharacters
							+ " characters (accord.proposals.max-characters): send a part of it.", false);
				}
				if (ex instanceof EncryptedDocumentException) {
					throw new Unreadable("The document is encrypted: send it without a password.", false);
				}
				log.debug("An uploaded {} could not be read", kind, ex);
				throw new Unreadable("The " + kind + " could not be read: it is damaged, or not a " + kind + " at all.",
						false);
			}
			String text = tidy(handler.toString(), type.toString().equals("application/pdf"));
			if (text.isBlank()) {
				throw new Unreadable("The " + kind + " holds no text" + (kind.equals("PDF")
						? " (a scanned PDF has only images of its pages: its words are not read)." : "."), false);
			}
			String title = metadata.get(TikaCoreProperties.TITLE);
			return new DocumentText(text, type.toString(), (title != null && !title.isBlank()) ? title.strip() : null);
		}
		catch (IOException ex) {
			log.debug("An uploaded document could not be read", ex);
			throw new Unreadable("The document could not be read as HTML, PDF, DOCX or plain text.", false);
		}
	}

	/** Spaces at line ends and runs of blank lines removed; a PDF's lines joined within paragraphs. */
	private static String tidy(String text, boolean pdf) {
		String tidied = SPACES_AT_LINE_END.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("\n");
		if (pdf) {
			tidied = LINE_IN_PARAGRAPH.matcher(tidied).replaceAll(" ");
		}
		return BLANK_LINES.matcher(tidied).replaceAll("\n\n").strip();
	}

}
